// Radon varying intercepts, vectorised: the model of examples/radon/radon.ppl (one sampling
// statement for the 85 intercepts, one for the 919 homes). Stan's indices start at 1: run.sh
// passes county + 1. `floor` is a Stan function, hence the name x_floor.
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
  alpha ~ normal(mu_a, sigma_a);
  beta ~ normal(0, 10);
  sigma_y ~ exponential(1);
  log_radon ~ normal(alpha[county] + beta * x_floor, sigma_y);
}
