// The sandboxed preload: puts one object on `window` whose only powers are to call the
// API methods named in the shared contract, to hear that files wait to be opened and to
// hear the menu's commands.
// It never exposes ipcRenderer itself.

import { contextBridge, ipcRenderer } from 'electron';
import { FILES_WAITING_CHANNEL, PRELOAD_GLOBAL, apiChannel, isApiMethod, type ApiTransport } from '../../shared/api-methods';
import { APP_COMMAND_CHANNEL, isAppCommand } from '../../shared/app-commands';

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
  onAppCommand(listener) {
    // Only a known command's name crosses, never the IPC event itself.
    const forward = (_event: unknown, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(APP_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(APP_COMMAND_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, transport);
