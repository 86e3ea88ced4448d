"""jupyter_kernel_test suite for the Java kernel with ppl4j built in (run by .ci/java-kernel-e2e.sh).

The kernel spec named 'ppl4j-java' must be on JUPYTER_PATH. Every message is checked against the
Jupyter messaging specification (5.x) by jupyter_kernel_test's validators.
"""
import unittest

import jupyter_kernel_test
from jupyter_kernel_test.msgspec_v5 import validate_message

# exact enumeration of one flip of a 0.25 coin, in the Java DSL: a deterministic posterior
JAVA_POSTERIOR = "Enumerator.run(sample(bernoulli(0.25)), EnumeratorConfig.defaults()).named(\"x\")"
PPL_CELL = "%%ppl enumerate --out flip\nx ~ bernoulli(0.25)\nreturn x"


class JavaKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "ppl4j-java"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'

    code_execute_result = [
        {"code": "int answer = 6 * 7;\nanswer", "result": "42"},
        {"code": JAVA_POSTERIOR, "mime": "image/svg+xml"},
        {"code": JAVA_POSTERIOR, "mime": "text/html"},
    ]

    # the %%ppl magic displays its posterior itself, as in IJava
    code_display_data = [
        {"code": PPL_CELL, "mime": "text/html"},
        {"code": PPL_CELL, "mime": "image/svg+xml"},
    ]

    code_generate_error = "int broken = ;"

    completion_samples = [
        {"text": "var m = sample(bernou", "matches": {"bernoulli("}},
        {"text": "Rejection.ru", "matches": {"run("}},
    ]

    complete_code_samples = ["int x = 1;", "x + 1", "double f(double y) {\n  return y;\n}"]
    incomplete_code_samples = ["double f(double y) {", "var m = sample(normal(0,"]
    invalid_code_samples = ["int x = 1; }"]

    def error_text(self, code):
        self.flush_channels()
        reply, outputs = self.execute_helper(code)
        self.assertEqual(reply["content"]["status"], "error")
        errors = [m for m in outputs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        text = "\n".join(errors[0]["content"]["traceback"])
        self.assertNotIn("\tat ", text)
        self.assertNotIn("at org.ppl4j", text)
        self.assertNotIn("at jdk.jshell", text)
        return text

    def test_compiler_error_shows_the_cell_line(self):
        text = self.error_text("int fine = 1;\nint bad = nosuchName + 1;")
        self.assertIn("]:2:11: error: cannot find symbol", text)
        self.assertIn("int bad = nosuchName + 1;", text)

    def test_error_inside_a_model_run_shows_the_ppl4j_text(self):
        text = self.error_text("Enumerator.run(sample(normal(0, -1)), EnumeratorConfig.defaults())")
        self.assertIn("error: normal: parameter 'sigma' must be > 0, got -1.0", text)
        self.assertNotIn("Exception", text)

    def test_java_posterior_is_exact_in_text(self):
        self.flush_channels()
        reply, outputs = self.execute_helper(JAVA_POSTERIOR)
        self.assertEqual(reply["content"]["status"], "ok")
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]
        validate_message(result, "execute_result")
        text = result["content"]["data"]["text/plain"]
        self.assertIn("posterior by enumerate", text)
        mean = float(text.splitlines()[2].split()[1])  # row of leaf x, column mean
        self.assertAlmostEqual(mean, 0.25, places=9)

    def test_ppl_cell_binds_its_posterior_to_java(self):
        self.flush_channels()
        reply, _ = self.execute_helper(PPL_CELL)
        self.assertEqual(reply["content"]["status"], "ok")
        reply, outputs = self.execute_helper('flip.mean("x")')
        self.assertEqual(reply["content"]["status"], "ok")
        result = [m for m in outputs if m["msg_type"] == "execute_result"][0]
        self.assertAlmostEqual(float(result["content"]["data"]["text/plain"]), 0.25, places=12)


if __name__ == "__main__":
    unittest.main()
