package org.ppl4j.runner.pfn;

import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.gpu.BackendSelection;
import org.ppl4j.pfn.tensor.gpu.DeviceChoice;
import org.ppl4j.pfn.tensor.gpu.GpuUnavailableException;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.cli.CommandContext;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --device auto|cpu|gpu} option of the PFN commands (a picocli mixin): {@code auto}
 * uses the GPU when one is usable and otherwise the CPU after one warning line on standard
 * error; {@code gpu} without a usable GPU is a user error saying why.
 */
final class DeviceOption {

  /** Parses the option's value; a bad value is a usage error naming it. */
  static final class Converter implements ITypeConverter<DeviceChoice> {
    @Override
    public DeviceChoice convert(String value) {
      try {
        return DeviceChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Option(names = "--device", defaultValue = "auto", converter = Converter.class,
      paramLabel = "DEVICE", description = "auto, cpu or gpu: where the network runs "
          + "(${DEFAULT-VALUE}: the GPU if one is usable, else the CPU with a warning).")
  DeviceChoice device = DeviceChoice.AUTO;

  /** The backend for the chosen device. */
  Backend backend(CommandContext context) {
    try {
      return BackendSelection.select(device, line -> {
        context.err().println(line);
        context.err().flush();
      });
    } catch (GpuUnavailableException e) {
      throw new UserError("--device gpu: no usable GPU: " + e.getMessage());
    }
  }
}
