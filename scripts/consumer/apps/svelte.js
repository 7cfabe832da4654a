// Svelte 5: App.svelte, compiled by the consumer check with svelte/compiler.
import { mount } from 'svelte';
import App from './App.svelte.js';

mount(App, { target: document.getElementById('root') });
