import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import"./chunk-D6YXQFFY.js";var unavailable=()=>{throw new Error("virtops: dist/validators.cjs is missing or does not match the schemas; rebuild dist/ (npm run build:dist)")};var createSchemaAjv=unavailable;var schemaKey=unavailable;export{createSchemaAjv,schemaKey};
