// qrcode's encoder without its renderers (they are not needed: we draw the modules ourselves).
declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions, QRCodeSegment } from 'qrcode';
  const core: { create(data: string | QRCodeSegment[], options?: QRCodeOptions): QRCode };
  export default core;
}
