// React 19: the elements in JSX, typed by backorder-elements/react-jsx.
/// <reference types="backorder-elements/react-jsx" />
import type { StockState } from 'backorder-elements';

export const page = (
  <stock-provider endpoint="/api/availability" low-stock-threshold={2} locale="sv-SE">
    <stock-status
      sku="TEE-RED-M"
      quantity={2}
      className="stock"
      onstock-change={(event) => event.detail.state satisfies StockState}
    />
    <backorder-option
      name="choice"
      sku="TEE-BLUE-L"
      quantity={3}
      disabled={false}
      onbackorder-change={(event) => event.detail.backordered.toFixed()}
      onchange={(event) => event.type}
    />
    <notify-me-form
      sku="TEE-RED-M"
      always={false}
      onnotify-error={(event) => event.detail.queued}
    />
  </stock-provider>
);

// @ts-expect-error: no such attribute
export const misspelt = <stock-status skuu="TEE-RED-M" />;
// @ts-expect-error: quantity is a number
export const wrongType = <stock-status quantity={{}} />;
// @ts-expect-error: the detail has no such field
export const wrongDetail = <stock-status onstock-change={(event) => event.detail.stock} />;
