// Colours of the figures: colour-blind-safe blues for the roles (Okabe–Ito-like), greys for collective units.

export const COLOURS = {
  lead: '#1f5f8b',
  co: '#8ec1e0',
  collectiveLead: '#666666',
  collectiveCo: '#c8c8c8',
  ink: '#222222',
  rule: '#999999',
  /** Sequential ramp of the heatmap and matrix (light → dark). */
  ramp: 'blues',
  /** Categorical colours of communities (Tableau 10). */
  communities: ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'],
} as const;
