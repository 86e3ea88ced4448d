// The .ppl language, version 0 (LANGUAGE.md). No actions: the compiler walks the tree.
//
// Newlines are tokens (NL). Which of them end a statement (LANGUAGE.md §2) is decided by the
// compiler's token filter before parsing: it drops a newline inside ( ) or [ ], after a binary
// operator or a comma, and before 'else'. The parser therefore sees NL only where it separates
// statements (or pads a block or a record literal).
grammar Ppl;

program     : sep* (item (sep+ item)*)? sep* EOF ;
item        : dataDecl | stmt ;
dataDecl    : DATA name=ID ':' type ('=' expr)? ;
sep         : NL | ';' ;

stmt
  : LET name=ID '=' expr                                  # letStmt
  | name=ID '~' expr                                      # tildeStmt
  | OBSERVE expr '~' expr                                 # observeStmt
  | FOR name=ID IN expr block                             # forStmt
  | FUN name=ID '(' params? ')' ('=' expr | block)        # funStmt
  | RETURN expr                                           # returnStmt
  | expr                                                  # exprStmt
  ;

params      : param (',' param)* ','? ;
param       : name=ID (':' type)? ;

type
  : type '[' ']'                                          # arrayType
  | '{' NL* typeField (',' NL* typeField)* ','? NL* '}'   # recordType
  | name=ID                                               # namedType
  ;
typeField   : name=ID ':' type ;

block       : '{' sep* (stmt (sep+ stmt)*)? sep* '}' ;

expr
  : expr '.' name=ID                                      # fieldExpr
  | expr '[' expr ']'                                     # indexExpr
  | expr '(' args? ')'                                    # callExpr
  | <assoc=right> expr op='^' expr                        # binaryExpr
  | op=('-' | '+' | '!') expr                             # unaryExpr
  | expr op=('*' | '/' | '%') expr                        # binaryExpr
  | expr op=('+' | '-') expr                              # binaryExpr
  | expr '..' expr                                        # rangeExpr
  | expr op=('<' | '<=' | '>' | '>=') expr                # binaryExpr
  | expr op=('==' | '!=') expr                            # binaryExpr
  | expr op='&&' expr                                     # binaryExpr
  | expr op='||' expr                                     # binaryExpr
  | ifExpr                                                # conditionalExpr
  | FN '(' params? ')' ('=>' expr | block)                # lambdaExpr
  | '[' (expr (',' expr)* ','?)? ']'                      # arrayExpr
  | '{' NL* field (',' NL* field)* ','? NL* '}'           # recordExpr
  | block                                                 # blockExpr
  | '(' expr ')'                                          # parenExpr
  | INT                                                   # intExpr
  | REAL                                                  # realExpr
  | STRING                                                # stringExpr
  | (TRUE | FALSE)                                        # boolExpr
  | ID                                                    # varExpr
  ;

ifExpr      : IF expr block (ELSE (ifExpr | block))? ;
field       : name=ID ':' expr ;
args        : expr (',' expr)* ','? ;

// ---- lexical (LANGUAGE.md §2) ------------------------------------------------------------
DATA    : 'data' ;
FUN     : 'fun' ;
FN      : 'fn' ;
LET     : 'let' ;
OBSERVE : 'observe' ;
FOR     : 'for' ;
IN      : 'in' ;
IF      : 'if' ;
ELSE    : 'else' ;
RETURN  : 'return' ;
TRUE    : 'true' ;
FALSE   : 'false' ;

REAL    : DIGIT+ '.' DIGIT+ EXPONENT?
        | DIGIT+ EXPONENT
        | '.' DIGIT+ EXPONENT?
        ;
INT     : DIGIT+ ;
STRING  : '"' (ESCAPE | ~["\\\r\n])* '"' ;
ID      : [A-Za-z_] [A-Za-z0-9_]* ;

LPAREN  : '(' ;
RPAREN  : ')' ;
LBRACK  : '[' ;
RBRACK  : ']' ;
LBRACE  : '{' ;
RBRACE  : '}' ;
COMMA   : ',' ;
SEMI    : ';' ;
COLON   : ':' ;
DOTDOT  : '..' ;
DOT     : '.' ;
ARROW   : '=>' ;
EQ      : '==' ;
NE      : '!=' ;
LE      : '<=' ;
GE      : '>=' ;
LT      : '<' ;
GT      : '>' ;
AND     : '&&' ;
OR      : '||' ;
ASSIGN  : '=' ;
TILDE   : '~' ;
PLUS    : '+' ;
MINUS   : '-' ;
STAR    : '*' ;
SLASH   : '/' ;
PERCENT : '%' ;
CARET   : '^' ;
BANG    : '!' ;

NL            : '\r'? '\n' ;
WS            : [ \t\f]+ -> channel(HIDDEN) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;

fragment DIGIT    : [0-9] ;
fragment EXPONENT : [eE] [+-]? DIGIT+ ;
fragment ESCAPE   : '\\' ["\\nt] ;
