import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chooseHost, describeHost } from './support/host-choice';

export default function globalSetup(): void {
  const built = fileURLToPath(new URL('../../out/main/web-host.js', import.meta.url));
  if (!existsSync(built)) throw new Error('The app is not built: run "npm run build" before the end-to-end tests.');
  // Printed once per run, so every log says which host the specs ran against.
  console.log(describeHost(chooseHost()));
}
