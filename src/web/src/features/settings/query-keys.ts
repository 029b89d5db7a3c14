/** Cache keys of the settings screens; `users` is shared with every picker of people. */
export const settingsKeys = {
  settings: ['settings'] as const,
  users: ['users'] as const,
  tokens: ['tokens'] as const,
};
