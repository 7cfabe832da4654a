// Svelte 5: the elements' attributes, properties and events, typed by
// backorder-elements/svelte (what svelte-check checks markup against).
/// <reference types="backorder-elements/svelte" />
import type { SvelteHTMLElements } from 'svelte/elements';

export const status: SvelteHTMLElements['stock-status'] = {
  sku: 'TEE-RED-M',
  class: 'stock',
  'low-stock-threshold': 2,
  'onstock-change': (event) => event.detail.state,
};
export const form: SvelteHTMLElements['notify-me-form'] = {
  always: false,
  'onnotify-success': (event) => event.detail.email,
};

// @ts-expect-error: quantity is a number
export const wrongType: SvelteHTMLElements['stock-status'] = { quantity: {} };
export const wrongDetail: SvelteHTMLElements['stock-status'] = {
  // @ts-expect-error: the detail has no such field
  'onstock-change': (event) => event.detail.stock,
};
