import path from 'node:path';
import { dyadHome, PROJECT_ROOT } from '../paths.ts';

/** The files of the local Neo4j server, all under DYAD_HOME/neo4j (git-ignored). */
export function serverLayout() {
  const home = path.join(dyadHome(), 'neo4j');
  return {
    home,
    lib: path.join(home, 'lib'),
    plugins: path.join(home, 'plugins'),
    conf: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    run: path.join(home, 'run'),
    importDir: path.join(home, 'import'),
    consoleLog: path.join(home, 'logs', 'console.log'),
    pidFile: path.join(home, 'run', 'dyad-neo4j.pid'),
    passwordFile: path.join(home, 'password'),
    /** Written after a complete jar download, with the pom's hash: a half download is never taken for a whole one. */
    installedMarker: path.join(home, 'lib', '.installed'),
    pom: path.join(PROJECT_ROOT, 'neo4j', 'pom.xml'),
  };
}
export type ServerLayout = ReturnType<typeof serverLayout>;
