import { css } from 'lit';

export const notifyMeFormStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: var(--_bo-spacing);
    margin: 0;
  }
  .title {
    margin: 0;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_bo-spacing);
  }
  .row .field {
    flex: 1 1 14em;
  }
  input[type='email'],
  input[type='number'] {
    font: inherit;
    color: inherit;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_bo-border);
    border-radius: var(--_bo-radius);
    background: var(--_bo-surface);
    min-width: 0;
    transition: border-color var(--_bo-duration);
  }
  input[type='number'] {
    width: 6em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_bo-error);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .check input {
    margin: 0.2em 0 0;
    accent-color: var(--_bo-accent);
  }
  button {
    font: inherit;
    align-self: end;
    justify-self: start;
    padding: 0.45em 1em;
    border: 1px solid transparent;
    border-radius: var(--_bo-radius);
    background: var(--_bo-accent);
    color: var(--_bo-accent-text);
    cursor: pointer;
    transition:
      background-color var(--_bo-duration),
      filter var(--_bo-duration);
  }
  button:hover {
    filter: brightness(1.08);
  }
  button.secondary {
    background: transparent;
    color: var(--_bo-accent);
    border-color: currentColor;
  }
  button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
  .error {
    margin: 0;
    color: var(--_bo-error);
    font-size: 0.9em;
  }
  .unavailable {
    margin: 0;
    color: var(--_bo-muted);
  }
  .message {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* The live region stays in the page even when empty, or it would not be announced. */
  form + .message:not(:empty),
  .unavailable + .message:not(:empty) {
    margin-top: var(--_bo-spacing);
  }
  .message + button {
    margin-top: var(--_bo-spacing);
  }
  .message[data-tone='error'] {
    color: var(--_bo-error);
  }
  .message[data-tone='success'] {
    color: var(--_bo-success);
  }
  /* Off-screen, not display:none: bots fill what they think people see. */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    input[type='checkbox'] {
      outline: 1px solid CanvasText;
      outline-offset: 1px;
    }
    input[type='checkbox']:focus-visible {
      outline: var(--_bo-focus-width) solid Highlight;
    }
  }
`;
