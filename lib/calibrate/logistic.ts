import { solveSpd } from './linear';

/**
 * L2-regularized logistic regression on grouped rows (accounts that share features), fitted by
 * Newton's method with step halving: deterministic, no random start, no learning rate. The
 * intercept is not penalized.
 */

export interface FitRow {
  /** Feature values (one per feature). */
  x: readonly number[];
  /** Accounts in the row and how many were won. */
  n: number;
  won: number;
}

export interface LogisticFit {
  intercept: number;
  /** One coefficient per feature (0 for features left out). */
  beta: number[];
  iterations: number;
  converged: boolean;
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-10;

/** log(1 + e^eta) without overflow. */
const softplus = (eta: number) => (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta)));

function objective(rows: readonly FitRow[], active: number[], theta: Float64Array, lambda: number): number {
  let f = 0;
  for (const row of rows) {
    let eta = theta[0];
    for (let j = 0; j < active.length; j++) eta += theta[j + 1] * row.x[active[j]];
    f += row.n * softplus(eta) - row.won * eta;
  }
  for (let j = 1; j < theta.length; j++) f += (lambda / 2) * theta[j] * theta[j];
  return f;
}

/** Gradient and Hessian of the objective at theta ([intercept, active coefficients...]). */
function derivatives(rows: readonly FitRow[], active: number[], theta: Float64Array, lambda: number) {
  const m = active.length + 1;
  const grad = new Float64Array(m);
  const hess = new Float64Array(m * m);
  const z = new Float64Array(m);
  z[0] = 1;
  for (const row of rows) {
    for (let j = 0; j < active.length; j++) z[j + 1] = row.x[active[j]];
    let eta = 0;
    for (let j = 0; j < m; j++) eta += theta[j] * z[j];
    const mu = 1 / (1 + Math.exp(-eta));
    const residual = row.n * mu - row.won;
    const weight = row.n * mu * (1 - mu);
    for (let i = 0; i < m; i++) {
      grad[i] += residual * z[i];
      for (let j = 0; j <= i; j++) hess[i * m + j] += weight * z[i] * z[j];
    }
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < i; j++) hess[j * m + i] = hess[i * m + j];
  for (let j = 1; j < m; j++) {
    grad[j] += lambda * theta[j];
    hess[j * m + j] += lambda;
  }
  return { grad, hess };
}

/** The fit over the features in `active` (others held at 0), from a start at the base rate. */
function newton(rows: readonly FitRow[], active: number[], lambda: number) {
  const m = active.length + 1;
  const theta = new Float64Array(m);
  let n = 0;
  let won = 0;
  for (const row of rows) [n, won] = [n + row.n, won + row.won];
  theta[0] = Math.log((won + 0.5) / (n - won + 0.5));
  let f = objective(rows, active, theta, lambda);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const { grad, hess } = derivatives(rows, active, theta, lambda);
    const step = solveSpd(hess, grad, m);
    let scale = 1;
    let next = theta.map((t, j) => t - step[j]);
    let fNext = objective(rows, active, next, lambda);
    while (fNext > f && scale > 1e-6) {
      scale /= 2;
      next = theta.map((t, j) => t - scale * step[j]);
      fNext = objective(rows, active, next, lambda);
    }
    const moved = Math.max(...step.map((s) => Math.abs(s * scale)));
    theta.set(next);
    const settled = Math.abs(f - fNext) <= TOLERANCE * (1 + Math.abs(f));
    f = fNext;
    if (moved < 1e-8 || settled) return { theta, iterations: iteration, converged: true };
  }
  return { theta, iterations: MAX_ITERATIONS, converged: false };
}

/**
 * Fits with sign constraints: `signs[j]` +1 keeps coefficient j at 0 or above, -1 at 0 or below,
 * 0 leaves it free. A coefficient that comes out on the wrong side is fixed at 0 (with the
 * features `linked[j]` names) and the rest refitted, until every sign holds.
 */
export function fitLogistic(
  rows: readonly FitRow[],
  features: number,
  lambda: number,
  signs: readonly number[],
  linked: readonly (number | undefined)[] = [],
): LogisticFit {
  let n = 0;
  let won = 0;
  for (const row of rows) [n, won] = [n + row.n, won + row.won];
  // All won or all lost (or nothing): no effect can be told apart, and the intercept would run off.
  if (won === 0 || won === n)
    return { intercept: 0, beta: new Array<number>(features).fill(0), iterations: 0, converged: false };
  let active = Array.from({ length: features }, (_, j) => j);
  let iterations = 0;
  for (;;) {
    const fit = newton(rows, active, lambda);
    iterations += fit.iterations;
    const beta = new Array<number>(features).fill(0);
    active.forEach((j, k) => (beta[j] = fit.theta[k + 1]));
    const wrong = active.filter((j) => beta[j] * (signs[j] ?? 0) < 0);
    if (wrong.length === 0) return { intercept: fit.theta[0], beta, iterations, converged: fit.converged };
    const dropped = new Set(wrong.flatMap((j) => (linked[j] === undefined ? [j] : [j, linked[j] as number])));
    active = active.filter((j) => !dropped.has(j));
  }
}
