import { setupWorker } from 'msw/browser';
import { availabilityHandlers, type Scenario } from './handlers.js';

let scenario: Scenario = 'normal';

/** Switches what the demo's mock endpoint does. */
export function setScenario(next: Scenario): void {
  scenario = next;
}

/** The SKUs of every availability request the demo made, in order. */
export const requestLog: string[][] = [];

/** The demo's service worker, answering the availability endpoint from the catalogue. */
export const worker = setupWorker(
  ...availabilityHandlers({
    scenario: () => scenario,
    onRequest: (skus) => requestLog.push(skus),
  }),
);
