// Linear regression, scalar loops: the model of bench/vectorised/regression_scalar.ppl
// (one sampling statement per coefficient and per row; sigma is data, 1.0 as there).
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
  for (k in 1:K)
    beta[k] ~ normal(0, 1);
  for (i in 1:N)
    y[i] ~ normal(dot_product(X[i], beta) + alpha, sigma);
}
