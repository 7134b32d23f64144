export { db, getDatabase, openDatabase, setDatabase, type Database, type Db, type Tx } from "./client";
