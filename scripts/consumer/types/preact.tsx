/** @jsxImportSource preact */
// Preact: the elements in JSX, typed by backorder-elements/preact.
/// <reference types="backorder-elements/preact" />

export const page = (
  <stock-provider endpoint="/api/availability">
    <stock-status sku="TEE-RED-M" onstock-change={(event) => event.detail.availability?.sku} />
    <backorder-option name="choice" quantity={3} onbackorder-change={(e) => e.detail.choice} />
  </stock-provider>
);

// @ts-expect-error: no such attribute
export const misspelt = <notify-me-form skuu="TEE-RED-M" />;
// @ts-expect-error: always is a boolean
export const wrongType = <notify-me-form always="yes" />;
