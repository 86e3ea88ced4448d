# Reference values for org.ppl4j.inference.loo (PsisLooReferenceTest) from R's loo 2.5.1.
# Run from this folder:  Rscript reference.R > reference.txt
# For every matrix CSV named below (S rows of draws, n columns of observed elements, header =
# element names) it prints elpd_loo, p_loo, looic and their SEs, the Pareto k of every element,
# and WAIC, with r_eff = 1 (the draws treated as independent, as PsisLoo does).
# normal_outlier.csv is made here (set.seed(20261207)): draws of (mu, sigma) from a normal
# model's posterior approximation and the log-likelihood of 20 points, one an outlier.
# workflow_normal.csv holds the log_lik.* columns of a fixed-seed ppl run (1000 NUTS draws of
# examples/workflow/normal.ppl, 30 elements, two outliers), made from the repository root by
#   java -jar runner/target/ppl.jar run examples/workflow/normal.ppl \
#     --data examples/workflow/data.json --method nuts --seed 1 --samples 250 --predict \
#     --draws /tmp/ppl-loo/normal.csv -q
#   (cd inference/src/test/resources/loo && Rscript reference.R /tmp/ppl-loo/normal_predict.csv)
# Without that argument the committed workflow_normal.csv is used as it is.
suppressMessages(library(loo))
stopifnot(as.character(packageVersion("loo")) == "2.5.1")
set.seed(20261207)
y <- c(rnorm(19, 1, 1), 6)
S <- 1000
mu <- rnorm(S, mean(y), sd(y) / sqrt(length(y)))
sigma <- sqrt((length(y) - 1) * var(y) / rchisq(S, length(y) - 1))
ll <- sapply(y, function(yi) dnorm(yi, mu, sigma, log = TRUE))
colnames(ll) <- sprintf("y[%d]", seq_along(y) - 1)
write.csv(format(as.data.frame(ll), digits = 10), "normal_outlier.csv", row.names = FALSE,
  quote = FALSE)
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 1) {
  p <- read.csv(args[1], check.names = FALSE)
  ll <- p[, startsWith(names(p), "log_lik."), drop = FALSE]
  names(ll) <- sub("^log_lik[.]", "", names(ll))
  write.csv(format(ll, digits = 10), "workflow_normal.csv", row.names = FALSE, quote = FALSE)
}
show <- function(file) {
  m <- as.matrix(read.csv(file, check.names = FALSE))
  l <- loo(m, r_eff = rep(1, ncol(m)))
  w <- suppressWarnings(waic(m))
  e <- l$estimates
  v <- w$estimates
  cat("file", file, "\n")
  cat(sprintf("%s %.17g\n", c("elpd_loo", "se_elpd_loo", "p_loo", "se_p_loo", "looic",
    "se_looic"), c(e["elpd_loo", 1], e["elpd_loo", 2], e["p_loo", 1], e["p_loo", 2],
    e["looic", 1], e["looic", 2])), sep = "")
  cat(sprintf("%s %.17g\n", c("elpd_waic", "se_elpd_waic", "p_waic", "se_p_waic", "waic",
    "se_waic"), c(v["elpd_waic", 1], v["elpd_waic", 2], v["p_waic", 1], v["p_waic", 2],
    v["waic", 1], v["waic", 2])), sep = "")
  cat(sprintf("pareto_k %d %.17g\n", seq_along(l$diagnostics$pareto_k) - 1,
    l$diagnostics$pareto_k), sep = "")
  cat(sprintf("elpd_loo_i %d %.17g\n", seq_len(ncol(m)) - 1, l$pointwise[, "elpd_loo"]),
    sep = "")
}
for (f in c("normal_outlier.csv", "workflow_normal.csv")) show(f)
