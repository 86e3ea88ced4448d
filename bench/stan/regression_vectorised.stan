// Linear regression, vectorised: the model of examples/regression/regression.ppl (one sampling
// statement for the coefficients, one for all rows; sigma is data, 1.0 as there).
data {
  int<lower=1> N;
  int<lower=1> K;
  matrix[N, K] X;
  vector[N] y;
  real<lower=0> sigma;
}
parameters {
  real alpha;
  vector[K] beta;
}
model {
  alpha ~ normal(0, 10);
  beta ~ normal(0, 1);
  y ~ normal(X * beta + alpha, sigma);
}
