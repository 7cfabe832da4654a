// React 18: the @lit/react wrappers from backorder-elements/react.
import {
  BackorderOption,
  NotifyMeForm,
  StockProvider,
  StockStatus,
} from 'backorder-elements/react';

export const page = (
  <StockProvider endpoint="/api/availability" notifyEndpoint="/api/notify">
    <StockStatus sku="TEE-RED-M" onStockChange={(event) => event.detail.state} />
    <BackorderOption
      name="choice"
      quantity={3}
      disabled={false}
      onBackorderChange={(event) => event.detail.chargeNow}
      onChange={(event) => event.type}
      onInput={(event) => event.type}
    />
    <NotifyMeForm
      sku="TEE-RED-M"
      always={false}
      onNotifySubmit={(event) => event.preventDefault()}
      onNotifySuccess={(event) => event.detail.alreadySubscribed}
      onNotifyError={(event) => event.detail.status}
    />
  </StockProvider>
);

// @ts-expect-error: the detail has no such field
export const wrongDetail = <StockStatus onStockChange={(event) => event.detail.stock} />;
// @ts-expect-error: always is a boolean
export const wrongType = <NotifyMeForm always="yes" />;
