import { setupWorker } from 'msw/browser';
import { availabilityHandlers, type Scenario } from './handlers.js';

let scenario: Scenario = 'normal';

/** Switches what the demo's mock endpoint does. */
export function setScenario(next: Scenario): void {
  scenario = next;
}

/** The demo's service worker, answering the availability endpoint from the catalogue. */
export const worker = setupWorker(...availabilityHandlers({ scenario: () => scenario }));
