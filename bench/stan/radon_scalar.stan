// Radon varying intercepts, scalar loops: the model of bench/vectorised/radon_scalar.ppl
// (one sampling statement per county and per home). Stan's indices start at 1: run.sh passes
// county + 1. `floor` is a Stan function, hence the name x_floor. rstan 2.21 array syntax.
data {
  int<lower=1> N;
  int<lower=1> J;
  int<lower=1, upper=J> county[N];
  vector[N] x_floor;
  vector[N] log_radon;
}
parameters {
  real mu_a;
  real<lower=0> sigma_a;
  vector[J] alpha;
  real beta;
  real<lower=0> sigma_y;
}
model {
  mu_a ~ normal(0, 10);
  sigma_a ~ exponential(1);
  for (j in 1:J)
    alpha[j] ~ normal(mu_a, sigma_a);
  beta ~ normal(0, 10);
  sigma_y ~ exponential(1);
  for (i in 1:N)
    log_radon[i] ~ normal(alpha[county[i]] + beta * x_floor[i], sigma_y);
}
