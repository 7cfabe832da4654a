// React 19 with the elements themselves: it sets properties and adds
// listeners for `on<event-name>` props on custom elements.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import 'backorder-elements/stock-provider.js';
import 'backorder-elements/stock-status.js';
import 'backorder-elements/backorder-option.js';
import 'backorder-elements/notify-me-form.js';
import { on } from './shared.js';

const notify = (id, sku) =>
  h('notify-me-form', {
    id,
    sku,
    always: true,
    'onnotify-submit': on('notify-submit'),
    'onnotify-success': on('notify-success'),
    'onnotify-error': on('notify-error'),
  });

createRoot(document.getElementById('root')).render(
  h(
    'stock-provider',
    { endpoint: '/api/availability', notifyEndpoint: '/api/notify' },
    h('stock-status', { sku: 'IN', 'onstock-change': on('stock-change') }),
    h(
      'form',
      { id: 'order' },
      h('backorder-option', {
        name: 'choice',
        sku: 'LOW',
        quantity: 3,
        disabled: false,
        'onbackorder-change': on('backorder-change'),
        onchange: on('change'),
        oninput: on('input'),
      }),
    ),
    h('notify-me-form', { id: 'hidden', sku: 'IN', always: false }),
    notify('ok', 'OUT'),
    notify('bad', 'OUT'),
  ),
);
