// Loads the core and hands it every message. Listeners are registered
// synchronously, as service workers require; each waits for the core.
import init, { handleMessage, __wbg_reset_state as restartCore } from './core/objection.js';

const ready = init({ module_or_path: chrome.runtime.getURL('core/objection_bg.wasm') });

/** Answers still owed: a fault in the core must not leave a page waiting. */
const pending = new Set();

/**
 * A fault in the core (a WebAssembly trap) leaves its instance unusable; a
 * new instance of the same module takes over and every waiting page gets an
 * error answer. Returns whether `error` was such a fault.
 */
const recoverFrom = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError)) return false;
  console.error('Objection core stopped; starting it again', error);
  restartCore();
  for (const reply of pending) reply({ error: 'the core stopped and was started again' });
  pending.clear();
  return true;
};
// A fault inside the core's asynchronous work surfaces here, not in a call.
self.addEventListener('error', (event) => { if (recoverFrom(event.error)) event.preventDefault(); });
self.addEventListener('unhandledrejection', (event) => { if (recoverFrom(event.reason)) event.preventDefault(); });

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  const reply = (answer) => {
    if (pending.delete(reply)) sendResponse(answer);
  };
  pending.add(reply);
  ready
    .then(() => handleMessage(message, { url: sender.url, frameId: sender.frameId, tabId: sender.tab && sender.tab.id }))
    .then(reply, (error) => {
      // Logged here, in the extension's console, never in the page's.
      if (!recoverFrom(error)) console.error('Objection core failed on', message && message.type, error);
      reply({ error: String(error) });
    });
  return true; // the answer comes asynchronously
});

chrome.commands.onCommand.addListener(async (command) => {
  if (command !== 'prefill') return;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab && tab.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: 'prefill-request' }).catch(() => {});
});
