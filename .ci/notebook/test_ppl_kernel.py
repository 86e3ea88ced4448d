"""jupyter_kernel_test suite for the .ppl kernel (run by .ci/notebook-e2e.sh).

The kernel spec named 'ppl' must be on JUPYTER_PATH. Every sample below is checked against the
Jupyter messaging specification (5.x) by jupyter_kernel_test's validators.
"""
import unittest

import jupyter_kernel_test


class PplKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "ppl"
    language_name = "ppl"
    file_extension = ".ppl"

    # %method echoes the settings as text/plain: a deterministic execute_result.
    code_execute_result = [
        {"code": "%method smc --particles 200 --seed 1", "result": "method: smc --particles 200 --seed 1"},
    ]

    code_generate_error = "%nosuchmagic"

    complete_code_samples = ["return 1", "x ~ normal(0, 1)\nreturn x", "%method smc"]
    incomplete_code_samples = ["for f in flips {", "let x = (1 +", "/* open comment"]
    invalid_code_samples = ["return 1)", "}", 'let s = "unterminated']


if __name__ == "__main__":
    unittest.main()
