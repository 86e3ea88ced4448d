package org.ppl4j.compiler.ast;

import java.util.Optional;

/** The binary operators, with their symbols (LANGUAGE.md §4). */
public enum BinaryOp {
  ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), POW("^"),
  EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), AND("&&"), OR("||");

  private final String symbol;

  BinaryOp(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written. */
  public String symbol() {
    return symbol;
  }

  /** The operator written {@code symbol}, if any. */
  public static Optional<BinaryOp> bySymbol(String symbol) {
    for (BinaryOp op : values()) {
      if (op.symbol.equals(symbol)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
