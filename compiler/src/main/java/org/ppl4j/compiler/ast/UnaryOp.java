package org.ppl4j.compiler.ast;

/** The prefix operators: {@code -x}, {@code +x}, {@code !b}. */
public enum UnaryOp {
  NEG("-"), PLUS("+"), NOT("!");

  private final String symbol;

  UnaryOp(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written. */
  public String symbol() {
    return symbol;
  }
}
