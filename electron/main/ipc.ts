// Registers one IPC handler per API method. Each handler drops calls from anything but
// the app's own window, then hands the call to the shared dispatcher, which validates it.

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../shared/api';
import { API_METHODS, apiChannel } from '../../shared/api-methods';
import type { ApiDispatcher } from '../../host/api-dispatch';
import { isRendererUrl } from './app-url';

export function registerApiHandlers(
  dispatch: ApiDispatcher,
  isOwnWindow: (event: IpcMainInvokeEvent) => boolean,
  /** The dev server's origin in development, else null: see chooseRenderer. */
  devServerOrigin: string | null = null,
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), async (event, input: unknown): Promise<ApiResult> => {
      if (!isOwnWindow(event) || !isRendererUrl(event.senderFrame?.url ?? '', devServerOrigin)) {
        return { ok: false, error: { code: 'invalid-input', message: 'Refused: the request did not come from ClaimMark.' } };
      }
      return dispatch(method, input);
    });
  }
}
