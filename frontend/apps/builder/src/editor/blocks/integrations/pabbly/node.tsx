export { Node } from "../http_request/node";
