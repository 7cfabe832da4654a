// React 18 with the wrappers from backorder-elements/react (@lit/react).
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import {
  BackorderOption,
  NotifyMeForm,
  StockProvider,
  StockStatus,
} from 'backorder-elements/react';
import { on } from './shared.js';

const notify = (id, sku) =>
  h(NotifyMeForm, {
    id,
    sku,
    always: true,
    onNotifySubmit: on('notify-submit'),
    onNotifySuccess: on('notify-success'),
    onNotifyError: on('notify-error'),
  });

createRoot(document.getElementById('root')).render(
  h(
    StockProvider,
    { endpoint: '/api/availability', notifyEndpoint: '/api/notify' },
    h(StockStatus, { sku: 'IN', onStockChange: on('stock-change') }),
    h(
      'form',
      { id: 'order' },
      h(BackorderOption, {
        name: 'choice',
        sku: 'LOW',
        quantity: 3,
        disabled: false,
        onBackorderChange: on('backorder-change'),
        onChange: on('change'),
        onInput: on('input'),
      }),
    ),
    h(NotifyMeForm, { id: 'hidden', sku: 'IN', always: false }),
    notify('ok', 'OUT'),
    notify('bad', 'OUT'),
  ),
);
