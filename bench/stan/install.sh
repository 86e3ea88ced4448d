#!/usr/bin/env bash
# Installs rstan from Debian's packages (no CRAN, no PyPI): R, rstan 2.21 and the Boost headers
# that Stan's C++ needs. Idempotent; run.sh calls it when Rscript or rstan is missing.
# Debian's r-cran-bh ships no headers of its own, so the headers come from libboost-dev and
# run.sh points rstan_options(boost_lib=...) at a folder holding a `boost` link to them.
set -euo pipefail
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'suppressMessages(library(rstan))' >/dev/null 2>&1 \
   && [ -d /usr/include/boost ]; then
  echo "install.sh: rstan and boost headers already present"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=3600 update -q
nice -n 10 $SUDO apt-get -o DPkg::Lock::Timeout=3600 install -y -q --no-install-recommends \
  r-base-core r-base-dev r-cran-rstan libboost-dev g++ make
Rscript -e 'library(rstan); cat("rstan", as.character(packageVersion("rstan")), "\n")'
