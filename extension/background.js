// Loads the core and hands it every message. Listeners are registered
// synchronously, as service workers require; each waits for the core.
import init, { handleMessage } from './core/objection.js';

const ready = init({ module_or_path: chrome.runtime.getURL('core/objection_bg.wasm') });

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  ready
    .then(() => handleMessage(message, { url: sender.url, frameId: sender.frameId, tabId: sender.tab && sender.tab.id }))
    .then(sendResponse, (error) => {
      // Logged here, in the extension's console, never in the page's.
      console.error('Objection core failed on', message && message.type, error);
      sendResponse({ error: String(error) });
    });
  return true; // the answer comes asynchronously
});

chrome.commands.onCommand.addListener(async (command) => {
  if (command !== 'prefill') return;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab && tab.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: 'prefill-request' }).catch(() => {});
});
