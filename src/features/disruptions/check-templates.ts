import { findUnknownMergeFields, unknownFieldsError } from '../../core/disruptions/merge-fields.ts';
import { AppError } from '../../core/errors/app-error.ts';

/**
 * Refuses templates with placeholders that are not merge fields, naming each field that
 * holds one (`outreachBody`…), before anything is written.
 */
export function checkTemplates(templates: Record<string, string | undefined>): void {
  const details = Object.entries(templates).flatMap(([path, template]) => {
    const unknown = template === undefined ? [] : findUnknownMergeFields(template);
    return unknown.length === 0 ? [] : unknownFieldsError(unknown, path).details;
  });
  if (details.length === 0) return;
  throw new AppError('invalid_input', 'The message template uses unknown merge fields', details);
}
