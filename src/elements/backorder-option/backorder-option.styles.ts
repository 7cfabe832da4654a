import { css } from 'lit';

export const backorderOptionStyles = css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_bo-spacing) * 1.5) calc(var(--_bo-spacing) * 2);
    border: 1px solid var(--_bo-border);
    border-radius: var(--_bo-radius);
    background: var(--_bo-surface);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .reason,
  .note {
    margin: 0.25em 0 0.5em;
    font-size: 0.9em;
    color: var(--_bo-muted);
  }
  .reason {
    color: inherit;
  }
  .options {
    display: grid;
    gap: calc(var(--_bo-spacing) / 2);
  }
  .option {
    display: flex;
    align-items: baseline;
    gap: var(--_bo-spacing);
    padding: 0.35em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_bo-radius);
    cursor: pointer;
    transition:
      background-color var(--_bo-duration),
      border-color var(--_bo-duration);
  }
  .option:has(input:checked) {
    background: color-mix(in srgb, var(--_bo-accent) 10%, transparent);
    border-color: color-mix(in srgb, var(--_bo-accent) 45%, transparent);
  }
  input {
    flex: none;
    margin: 0;
    accent-color: var(--_bo-accent);
    transform: translateY(0.1em);
  }
  fieldset:disabled .option {
    cursor: default;
    opacity: 0.6;
  }
  .note:empty {
    display: none;
  }
  .options + .note {
    margin: 0.5em 0 0;
  }
  .notify {
    margin-top: 0.5em;
  }
  .notify a {
    color: var(--_bo-accent);
    border-radius: 2px;
  }
  .error {
    margin: 0;
    font-size: 0.9em;
    color: var(--_bo-muted);
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border-color: Highlight;
    }
    input {
      /* The system draws the radio; keep its ring visible against Canvas. */
      outline: 1px solid CanvasText;
      outline-offset: 1px;
      border-radius: 50%;
    }
    input:focus-visible {
      outline: var(--_bo-focus-width) solid Highlight;
    }
  }
`;
