"""jupyter_kernel_test suite for the .ppl kernel (run by .ci/notebook-e2e.sh).

The kernel spec named 'ppl' must be on JUPYTER_PATH. Every message is checked against the
Jupyter messaging specification (5.x) by jupyter_kernel_test's validators.
"""
import unittest

import jupyter_kernel_test
from jupyter_kernel_test.msgspec_v5 import validate_message


class PplKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "ppl"
    language_name = "ppl"
    file_extension = ".ppl"

    code_execute_result = [
        # %method echoes the settings as text/plain: a deterministic result
        {"code": "%method smc --particles 200 --seed 1",
         "result": "method: smc --particles 200 --seed 1"},
        # a program's posterior: exact enumeration gives a deterministic summary
        {"code": "%method enumerate\nx ~ bernoulli(0.25)\nreturn x", "mime": "image/svg+xml"},
        {"code": "%method enumerate\nx ~ bernoulli(0.25)\nreturn x", "mime": "text/html"},
    ]

    code_generate_error = "%nosuchmagic"

    completion_samples = [
        {"text": "x ~ bern", "matches": {"bernoulli"}},
        {"text": "%me", "matches": {"method"}},
        {"text": "obs", "matches": {"observe"}},
    ]

    complete_code_samples = ["return 1", "x ~ normal(0, 1)\nreturn x", "%method smc"]
    incomplete_code_samples = ["for f in flips {", "let x = (1 +", "/* open comment"]
    invalid_code_samples = ["return 1)", "}", 'let s = "unterminated']

    def test_program_error_is_a_diagnostic_without_java_frames(self):
        self.flush_channels()
        reply, outputs = self.execute_helper("x ~ normal(0, 1)\nreturn nosuch")
        self.assertEqual(reply["content"]["status"], "error")
        errors = [m for m in outputs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        text = "\n".join(errors[0]["content"]["traceback"])
        self.assertIn(":2:", text)  # the cell's line of the unknown name
        self.assertIn("nosuch", text)
        self.assertNotIn("at org.ppl4j", text)
        self.assertNotIn("Exception", text)

    def test_exact_posterior_summary_in_text(self):
        self.flush_channels()
        reply, outputs = self.execute_helper("%method enumerate\nx ~ bernoulli(0.25)\nreturn x")
        self.assertEqual(reply["content"]["status"], "ok")
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]
        validate_message(result, "execute_result")
        text = result["content"]["data"]["text/plain"]
        self.assertIn("posterior by enumerate", text)
        mean = float(text.splitlines()[2].split()[1])  # row of leaf x, column mean
        self.assertAlmostEqual(mean, 0.25, places=9)


if __name__ == "__main__":
    unittest.main()
