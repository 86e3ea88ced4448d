"""jupyter_kernel_test suite for the .ppl kernel (run by .ci/notebook-e2e.sh).

The kernel spec named 'ppl' must be on JUPYTER_PATH. Every message is checked against the
Jupyter messaging specification (5.x) by jupyter_kernel_test's validators.

jupyter_kernel_test waits only 0.1 s for each output message after the execute reply (and 1 s
for the busy status), so on a loaded machine the kernel's idle status could arrive "too late"
and fail a correct kernel. Here the helper waits up to OUTPUT_WAIT seconds for each message:
the wait ends as soon as the idle status arrives, so a fast kernel is not slowed down, and a
kernel that never sends it still fails. There is no retry.
"""
import unittest

import jupyter_kernel_test
from jupyter_client.utils import run_sync
from jupyter_kernel_test.msgspec_v5 import validate_message

OUTPUT_WAIT = 20


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

    def execute_helper(self, code, timeout=jupyter_kernel_test.TIMEOUT, silent=False,
                       store_history=True, stop_on_error=True):
        """Executes `code`; returns the reply and the output messages up to the idle status."""
        msg_id = self.kc.execute(code=code, silent=silent, store_history=store_history,
                                 stop_on_error=stop_on_error)
        reply = self.get_non_kernel_info_reply(timeout=timeout)
        validate_message(reply, "execute_reply", msg_id)
        get = run_sync(self.kc.iopub_channel.get_msg)
        first = get(timeout=OUTPUT_WAIT)
        validate_message(first, "status", msg_id)
        self.assertEqual(first["content"]["execution_state"], "busy")
        outputs = []
        while True:
            msg = get(timeout=OUTPUT_WAIT)
            validate_message(msg, msg["msg_type"], msg_id)
            if msg["msg_type"] == "status":
                self.assertEqual(msg["content"]["execution_state"], "idle")
                return reply, outputs
            if msg["msg_type"] == "execute_input":
                self.assertEqual(msg["content"]["code"], code)
            else:
                outputs.append(msg)

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
