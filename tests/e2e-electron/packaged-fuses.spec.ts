import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { findPackagedBinary } from './support/packaged-binary';

// A fuse on the wire is the character '1' (on) or '0' (off).
const ON = 0x31;
const OFF = 0x30;

// The `packaged` project is in the config only where electron-builder has left an app in dist/.
test('the packaged binary has the fuses electron-builder.yml asks for flipped', async () => {
  const packaged = findPackagedBinary();
  if (!packaged.found) throw new Error(packaged.reason);
  const wire = await getCurrentFuseWire(packaged.executablePath);

  expect({
    runAsNode: wire[FuseV1Options.RunAsNode],
    enableCookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
    enableNodeOptionsEnvironmentVariable: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
    enableNodeCliInspectArguments: wire[FuseV1Options.EnableNodeCliInspectArguments],
    enableEmbeddedAsarIntegrityValidation: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    onlyLoadAppFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
    loadBrowserProcessSpecificV8Snapshot: wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
    grantFileProtocolExtraPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
  }).toEqual({
    runAsNode: OFF,
    enableCookieEncryption: ON,
    enableNodeOptionsEnvironmentVariable: OFF,
    enableNodeCliInspectArguments: OFF,
    enableEmbeddedAsarIntegrityValidation: ON,
    onlyLoadAppFromAsar: ON,
    loadBrowserProcessSpecificV8Snapshot: OFF,
    grantFileProtocolExtraPrivileges: OFF,
  });
});
