/**
 * An entry of its own (vite.config.ts `firstRequestEntry`): index.html runs it as soon as it arrives,
 * before the app's chunks. In the dev server src/main.tsx imports it first.
 */
import { sendFirstRequest } from './first-request';

sendFirstRequest(window.location);
