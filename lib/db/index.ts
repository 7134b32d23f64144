export { db, getDatabase, openDatabase, setDatabase, type Database, type Db, type Tx } from "./client";
export { telStatements, type Geteld } from "./telling";
export { enumLijstSql, epochMsSql, leesSql, schrijfSql } from "./lees";
