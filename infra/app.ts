import { App } from 'aws-cdk-lib';
import { readDeskConfig } from './config';
import { buildDeskApp } from './desk-app';
import { DeskContextError } from './errors';

// `npx cdk synth|deploy` runs this file (cdk.json "app"). Configuration comes from CDK context.
const app = new App();
try {
  buildDeskApp(
    app,
    readDeskConfig((key) => app.node.tryGetContext(key), process.cwd()),
  );
} catch (error) {
  if (!(error instanceof DeskContextError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
app.synth();
