# The rstan side of bench/stan/run.sh and the comparison table (called by run.sh; arguments:
# here root work cache warmup samples chains seed fresh model...). ppl4j's runs are already in
# `work` (NAME.json, NAME.wall, NAME_<chain>.csv with warm-up rows); this script compiles (or
# loads the cached) Stan model, samples it with the same chains, warm-up, draws and seed, and
# computes bulk ESS with rstan::monitor() on both sides' draws, so that one definition serves
# both (Vehtari et al. 2021, rank-normalised split-R-hat paper).
args <- commandArgs(trailingOnly = TRUE)
here <- args[1]; root <- args[2]; work <- args[3]; cache <- args[4]
warmup <- as.integer(args[5]); samples <- as.integer(args[6])
chains <- as.integer(args[7]); seed <- as.integer(args[8]); fresh <- args[9] == "1"
models <- args[-(1:9)]

load_s <- system.time(suppressMessages(library(rstan)))[["elapsed"]]
# Debian's r-cran-bh ships no headers: point rstan at a folder holding a `boost` link to
# libboost-dev's headers.
boost <- file.path(cache, "boost-include")
dir.create(boost, showWarnings = FALSE)
if (!file.exists(file.path(boost, "boost"))) invisible(file.symlink("/usr/include/boost", file.path(boost, "boost")))
rstan_options(boost_lib = boost)

radon_data <- function() {
  d <- read.csv(file.path(root, "examples/radon/radon.csv"))
  list(N = nrow(d), J = 85L, county = as.integer(d$county) + 1L, x_floor = d$floor,
       log_radon = d$log_radon)
}
regression_data <- function() {
  d <- read.csv(file.path(root, "bench/stan/data/regression2000.csv"), check.names = FALSE)
  X <- as.matrix(d[, grep("^X\\.", names(d))])
  list(N = nrow(X), K = ncol(X), X = X, y = d$y, sigma = 1.0)
}

# Exact answers. Radon: published with the workload (shared/reference/workloads/README.md, as
# in examples' VersionOneExactPosteriors). Regression: sigma is known, so the posterior of
# (alpha, beta) is normal, by conjugacy.
radon_exact <- data.frame(mean = c(-0.66272, 0.31988, 0.72676), sd = c(0.06792, 0.04456, 0.01770),
                          row.names = c("beta", "sigma_a", "sigma_y"))
regression_exact <- function(data) {
  Z <- cbind(1, data$X)
  prec <- crossprod(Z) / data$sigma^2 + diag(c(1 / 100, rep(1, data$K)))
  cov <- solve(prec)
  m <- cov %*% crossprod(Z, data$y) / data$sigma^2
  data.frame(mean = as.vector(m), sd = sqrt(diag(cov)),
             row.names = c("alpha", paste0("beta[", seq_len(data$K), "]")))
}

compile <- function(name) {
  stan_file <- file.path(here, paste0(name, ".stan"))
  rds <- file.path(cache, paste0(name, ".rds"))
  meta <- file.path(cache, paste0(name, ".compile"))
  hash <- unname(tools::md5sum(stan_file))
  if (!fresh && file.exists(rds) && file.exists(meta)) {
    m <- readLines(meta)
    if (m[1] == hash) return(list(model = readRDS(rds), compile_s = as.numeric(m[2]), cached = TRUE))
  }
  secs <- system.time(model <- stan_model(stan_file, model_name = name))[["elapsed"]]
  saveRDS(model, rds)
  writeLines(c(hash, format(secs)), meta)
  list(model = model, compile_s = secs, cached = FALSE)
}

# ppl4j's per-chain CmdStan files: draws after warm-up, leapfrog steps over all rows, and the
# chain's own elapsed seconds (warm-up + sampling, from the trailing comment).
read_ppl <- function(name, pars) {
  draws <- array(NA_real_, dim = c(samples, chains, length(pars)), dimnames = list(NULL, NULL, pars))
  leapfrog <- 0; chain_s <- 0
  for (c in seq_len(chains)) {
    f <- file.path(work, sprintf("%s_%d.csv", name, c))
    d <- read.csv(f, comment.char = "#", check.names = FALSE)
    names(d) <- sub("^(\\w+)\\.(\\d+)$", "\\1[\\2]", names(d))
    stopifnot(nrow(d) == warmup + samples)
    leapfrog <- leapfrog + sum(d$n_leapfrog__)
    kept <- d[(warmup + 1):(warmup + samples), , drop = FALSE]
    for (p in pars) draws[, c, p] <- kept[[p]]
    total <- grep("seconds \\(Total\\)", readLines(f), value = TRUE)
    chain_s <- chain_s + as.numeric(sub("^#\\s*([0-9.eE+-]+) seconds.*", "\\1", total))
  }
  json <- paste(readLines(file.path(work, paste0(name, ".json"))), collapse = "\n")
  time_s <- as.numeric(sub('(?s).*"time_s"\\s*:\\s*([0-9.eE+-]+).*', "\\1", json, perl = TRUE))
  wall <- as.numeric(readLines(file.path(work, paste0(name, ".wall"))))
  list(draws = draws, leapfrog = leapfrog, chain_s = chain_s, sampling_s = time_s, first_s = wall)
}

f1 <- function(x) formatC(x, format = "f", digits = 1)
f2 <- function(x) formatC(x, format = "f", digits = 2)
f3 <- function(x) formatC(x, format = "f", digits = 3)
model_rows <- character(); par_rows <- character()
for (name in models) {
  is_radon <- startsWith(name, "radon")
  data <- if (is_radon) radon_data() else regression_data()
  exact <- if (is_radon) radon_exact else regression_exact(data)
  pars <- rownames(exact)
  message("rstan: ", name, "...")
  comp <- compile(name)
  sampling_s <- system.time(
    fit <- suppressWarnings(sampling(comp$model, data = data, chains = chains, cores = 2,
                                     iter = warmup + samples, warmup = warmup, seed = seed,
                                     refresh = 0))
  )[["elapsed"]]
  stan <- list(
    draws = as.array(fit, pars = pars), sampling_s = sampling_s,
    leapfrog = sum(sapply(get_sampler_params(fit, inc_warmup = TRUE), function(s) sum(s[, "n_leapfrog__"]))),
    chain_s = sum(get_elapsed_time(fit)),
    first_s = load_s + comp$compile_s + sampling_s)
  dimnames(stan$draws)[[3]] <- pars
  ppl <- read_ppl(name, pars)
  for (sys in c("Stan", "ppl4j")) {
    r <- if (sys == "Stan") stan else ppl
    compile_col <- if (sys == "Stan") paste0(f1(comp$compile_s), if (comp$cached) " (cached)" else "") else ""
    model_rows <- c(model_rows, paste("|", name, "|", sys, "|", compile_col, "|", f2(r$first_s), "|",
                                      f2(r$sampling_s), "|", f2(r$chain_s), "|", r$leapfrog, "|",
                                      f2(1e6 * r$chain_s / r$leapfrog), "|"))
  }
  ms <- monitor(stan$draws, warmup = 0, print = FALSE)
  mp <- monitor(ppl$draws, warmup = 0, print = FALSE)
  for (p in pars) {
    es <- ms[p, "Bulk_ESS"]; ep <- mp[p, "Bulk_ESS"]
    rate_s <- es / stan$sampling_s; rate_p <- ep / ppl$sampling_s
    chain_ratio <- (ep / ppl$chain_s) / (es / stan$chain_s)
    dev <- function(m) f2(abs(m[p, "mean"] - exact[p, "mean"]) / exact[p, "sd"])
    par_rows <- c(par_rows, paste(
      "|", name, "|", p, "|", round(es), "|", round(ep), "|", f1(rate_s), "|", f1(rate_p), "|",
      f2(chain_ratio), "|", f2(rate_p / rate_s), "|",
      paste(f3(ms[p, "mean"]), "±", f3(ms[p, "sd"])), "|", paste(f3(mp[p, "mean"]), "±", f3(mp[p, "sd"])), "|",
      paste(f3(exact[p, "mean"]), "±", f3(exact[p, "sd"])), "|", dev(ms), "|", dev(mp), "|"))
  }
}

cat("Per model (rstan", as.character(packageVersion("rstan")), "with R's default flags; library(rstan) loaded in",
    f2(load_s), "s):\n\n")
cat("(time to first posterior: Stan = library(rstan) + compile + sampling(); ppl4j = the whole `ppl run` process;",
    "sampling s: Stan = the sampling() call (2 worker processes), ppl4j = time_s;",
    "chain s = the sum over chains of each chain's own warm-up + sampling seconds;",
    "µs per gradient = chain s / leapfrog steps, warm-up included)\n\n")
cat("| model | system | compile s | time to first posterior s | sampling s | chain s | leapfrog steps | µs per gradient |\n")
cat("|---|---|---|---|---|---|---|---|\n")
cat(model_rows, sep = "\n")
cat("\nPer parameter (bulk ESS by rstan::monitor on both sides' kept draws; ESS/s = bulk ESS over",
    "sampling s; ratio (chain s) = ppl4j's ESS per chain second over Stan's, the sampler against",
    "the sampler; ratio (wall) = ppl4j ESS/s over Stan ESS/s, rstan's worker start-up included):\n\n")
cat("| model | parameter | Stan bulk ESS | ppl4j bulk ESS | Stan ESS/s | ppl4j ESS/s | ratio (chain s) | ratio (wall) |",
    "Stan mean ± sd | ppl4j mean ± sd | exact mean ± sd | Stan off by (exact sds) | ppl4j off by (exact sds) |\n")
cat("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
cat(par_rows, sep = "\n")
