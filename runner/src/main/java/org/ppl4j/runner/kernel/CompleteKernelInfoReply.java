package org.ppl4j.runner.kernel;

import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import java.util.List;

/**
 * A {@code kernel_info_reply} that carries {@code "status": "ok"}, which the messaging
 * specification (5.x) requires of every reply and which basekernel 2.3.0's own reply omits (so
 * that {@code jupyter_kernel_test} rejects it). The field is serialised by Gson with the rest.
 */
public final class CompleteKernelInfoReply extends KernelInfoReply {

  @SuppressWarnings("unused") // read by Gson's reflective serialisation
  private final String status = "ok";

  /** The reply with these fields and {@code status: ok}. */
  public CompleteKernelInfoReply(String protocolVersion, String implementationName,
      String implementationVersion, LanguageInfo languageInfo, String banner,
      List<LanguageInfo.Help> helpLinks) {
    super(protocolVersion, implementationName, implementationVersion, languageInfo, banner,
        helpLinks);
  }
}
