import { z } from 'zod';
import { ROLES } from '../../core/auth/actor.ts';
import { findCurrency } from '../../core/money/currencies.ts';
import { emailField, shortText } from '../shared/fields.ts';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
timeZones.add('UTC');
export const timeZoneField = z.string().refine((zone) => timeZones.has(zone), 'Unknown time zone');
/** The currencies billing knows the minor units of (ISO 4217), and only those. */
export const currencyField = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .refine((code) => findCurrency(code).ok, 'Unknown or unsupported ISO 4217 currency');

export const setupBody = z
  .object({
    workspaceName: shortText(120),
    ownerName: shortText(120),
    email: emailField,
    password: passwordField,
    currency: currencyField.optional(),
    timezone: timeZoneField.optional(),
  })
  .strict();

export const loginBody = z.object({ email: emailField, password: z.string().min(1).max(200) }).strict();

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});

export const meView = z.object({
  user: userView,
  workspace: z.object({ id: z.uuid(), name: z.string(), currency: z.string(), timezone: z.string() }),
});
