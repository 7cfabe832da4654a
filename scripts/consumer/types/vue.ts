// Vue 3: the elements as GlobalComponents, typed by backorder-elements/vue
// (what vue-tsc checks templates against).
/// <reference types="backorder-elements/vue" />
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const status: Props<'stock-status'> = {
  sku: 'TEE-RED-M',
  lowStockThreshold: 2,
  onStockChange: (event) => event.detail.state,
};
export const option: Props<'backorder-option'> = {
  name: 'choice',
  value: 'together',
  onBackorderChange: (event) => event.detail.backordered,
  onChange: (event) => event.type,
};

// @ts-expect-error: no such property
export const misspelt: Props<'stock-status'> = { skuu: 'TEE-RED-M' };
// @ts-expect-error: the detail has no such field
export const wrongDetail: Props<'stock-status'> = { onStockChange: (event) => event.detail.stock };
