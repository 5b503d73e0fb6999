// Types of typescript.js: exactly `import ts from 'typescript'` (value and namespace).
import ts from 'typescript';
export default ts;
