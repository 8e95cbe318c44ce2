// The sandboxed preload: puts one object on `window` whose only power is to call the
// API methods named in the shared contract. It never exposes ipcRenderer itself.

import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL, apiChannel, isApiMethod, type ApiTransport } from '../../shared/api-methods';

const transport: ApiTransport = {
  call(method, input) {
    if (!isApiMethod(method)) return Promise.reject(new Error(`Unknown API method "${String(method)}".`));
    return ipcRenderer.invoke(apiChannel(method), input) as Promise<unknown>;
  },
};

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, transport);
