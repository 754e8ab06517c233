import type { FieldDetector } from './field-input';

/** Any `image/*` attachment, inline `cid:` images included; a PDF is not one. */
export const hasScreenshot: FieldDetector = ({ attachments }) =>
  attachments.some((a) => a.contentType.startsWith('image/'));
