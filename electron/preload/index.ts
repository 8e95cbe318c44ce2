// The sandboxed preload: puts one object on `window` whose only powers are to call the
// API methods named in the shared contract and to hear that files wait to be opened.
// It never exposes ipcRenderer itself.

import { contextBridge, ipcRenderer } from 'electron';
import { FILES_WAITING_CHANNEL, PRELOAD_GLOBAL, apiChannel, isApiMethod, type ApiTransport } from '../../shared/api-methods';

const transport: ApiTransport = {
  call(method, input) {
    if (!isApiMethod(method)) return Promise.reject(new Error(`Unknown API method "${String(method)}".`));
    return ipcRenderer.invoke(apiChannel(method), input) as Promise<unknown>;
  },
  onFilesWaiting(listener) {
    const forward = () => listener();
    ipcRenderer.on(FILES_WAITING_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(FILES_WAITING_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, transport);
