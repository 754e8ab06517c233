import type { RequiredField } from '../../domain/vocabulary';
import { hasBrowser } from './browser';
import { hasCustomerNumber } from './customer-number';
import { hasDescription } from './description';
import { hasDetectedAt } from './detected-at';
import type { FieldDetector, FieldInput } from './field-input';
import { hasScreenshot } from './screenshot';
import { hasUrl } from './url';

export type { FieldDetector, FieldInput } from './field-input';

const detectors: Readonly<Record<RequiredField, FieldDetector>> = {
  detectedAt: hasDetectedAt,
  url: hasUrl,
  description: hasDescription,
  screenshot: hasScreenshot,
  browser: hasBrowser,
  customerNumber: hasCustomerNumber,
};

/** Which of the asked fields the message carries, in the order asked. */
export function presentFields(input: FieldInput, asked: readonly RequiredField[]): RequiredField[] {
  return asked.filter((field) => detectors[field](input));
}

/** Which of the asked fields the message lacks, in the order asked. */
export function missingFields(input: FieldInput, asked: readonly RequiredField[]): RequiredField[] {
  const present = new Set(presentFields(input, asked));
  return asked.filter((field) => !present.has(field));
}
